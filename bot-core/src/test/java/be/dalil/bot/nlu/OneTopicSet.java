package be.dalil.bot.nlu;

import be.dalil.knowledge.Topic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A frozen set built around one topic: messages about it, and messages that share its words but
 * not its topic. Counts what the interpreter gets right on each side, and how many of the others
 * it takes for the topic.
 */
final class OneTopicSet {

  private record Line(Topic expected, Topic understood) {}

  private final Topic topic;
  private final List<Line> lines;

  private OneTopicSet(Topic topic, List<Line> lines) {
    this.topic = topic;
    this.lines = lines;
  }

  static OneTopicSet read(Path file, Topic topic, MessageInterpreter interpreter)
      throws IOException {
    return new OneTopicSet(topic, EvaluationRows.of(file).stream().map(c ->
        new Line(Topic.fromId(c[1]).orElseThrow(),
            interpreter.interpret(c[2], Optional.empty()).intent())).toList());
  }

  long about() {
    return lines.stream().filter(l -> l.expected() == topic).count();
  }

  long others() {
    return lines.size() - about();
  }

  /** Messages about the topic that are read as it. */
  long aboutRight() {
    return lines.stream().filter(l -> l.expected() == topic && l.understood() == topic).count();
  }

  /** Other messages that keep their own topic. */
  long othersRight() {
    return lines.stream()
        .filter(l -> l.expected() != topic && l.understood() == l.expected()).count();
  }

  /** Other messages read as the topic. */
  long othersTakenForTheTopic() {
    return lines.stream().filter(l -> l.expected() != topic && l.understood() == topic).count();
  }
}
