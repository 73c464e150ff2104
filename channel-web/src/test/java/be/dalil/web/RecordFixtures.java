package be.dalil.web;

import be.dalil.knowledge.LocalizedText;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds domain records (such as {@code Actor}, 21+ components) by component name, with neutral
 * values for the components a test does not care about: "" for text, empty collections and
 * optionals, 0 and false. Tests stay readable and keep compiling when the knowledge module adds a
 * component.
 */
final class RecordFixtures {

  private RecordFixtures() {}

  static <R extends Record> R record(Class<R> type, Map<String, ?> values) {
    RecordComponent[] components = type.getRecordComponents();
    Set<String> unknown = new HashSet<>(values.keySet());
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      String name = components[i].getName();
      unknown.remove(name);
      arguments[i] = values.containsKey(name) ? values.get(name)
          : neutral(components[i].getType());
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(type.getSimpleName() + " has no component " + unknown);
    }
    try {
      Constructor<R> canonical = type.getDeclaredConstructor(Arrays.stream(components)
          .map(RecordComponent::getType).toArray(Class<?>[]::new));
      return canonical.newInstance(arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object neutral(Class<?> type) {
    if (type == String.class) {
      return "";
    } else if (type == List.class) {
      return List.of();
    } else if (type == Set.class) {
      return Set.of();
    } else if (type == Map.class) {
      return Map.of();
    } else if (type == Optional.class) {
      return Optional.empty();
    } else if (type == int.class) {
      return 0;
    } else if (type == long.class) {
      return 0L;
    } else if (type == double.class) {
      return 0.0;
    } else if (type == boolean.class) {
      return false;
    } else if (type == LocalizedText.class) {
      return LocalizedText.empty();
    }
    return null;
  }
}
