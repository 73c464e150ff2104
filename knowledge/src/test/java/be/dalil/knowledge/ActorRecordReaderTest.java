package be.dalil.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ActorRecordReaderTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ActorRecordReader reader = new ActorRecordReader(PlaceResolver.shipped());

  private static JsonNode fixture(String name) throws IOException {
    try (InputStream in = ActorRecordReaderTest.class.getResourceAsStream("/import/" + name)) {
      return JSON.readTree(in);
    }
  }

  @Test
  void readsAValidBatchAndPlacesActorsFromTheirMunicipality() throws IOException {
    ActorRecordReader.Batch batch = reader.read(fixture("valid-batch.json"));
    assertThat(batch.actors()).hasSize(2);
    ActorRecordReader.Located hasselt = batch.actors().get(0);
    assertThat(hasselt.precision()).isEqualTo(LocationPrecision.MUNICIPALITY);
    assertThat(hasselt.actor().location()).hasValueSatisfying(p ->
        assertThat(p.distanceKm(new GeoPoint(50.93, 5.34))).isLessThan(3));
    assertThat(hasselt.actor().topics()).containsExactly(Topic.LEARN_DUTCH,
        Topic.LEISURE_MEET_PEOPLE);
    ActorRecordReader.Located online = batch.actors().get(1);
    assertThat(online.actor().location()).isEmpty();
    assertThat(online.actor().scope()).isEqualTo(Scope.ONLINE);
  }

  @Test
  void rejectsTheWholeBatchNamingEveryBadRecordAndField() throws IOException {
    ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
        () -> reader.read(fixture("bad-batch.json")));
    assertThat(rejected).isNotNull();
    assertThat(rejected.problems())
        .extracting(ImportProblem::index, ImportProblem::field)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(1, "name"),
            org.assertj.core.groups.Tuple.tuple(2, "topics"),
            org.assertj.core.groups.Tuple.tuple(3, "lat"),
            org.assertj.core.groups.Tuple.tuple(4, "website"),
            org.assertj.core.groups.Tuple.tuple(5, "email"),
            org.assertj.core.groups.Tuple.tuple(6, "id"),
            org.assertj.core.groups.Tuple.tuple(7, "municipality"),
            org.assertj.core.groups.Tuple.tuple(8, "municipality"),
            org.assertj.core.groups.Tuple.tuple(9, "name"),
            org.assertj.core.groups.Tuple.tuple(9, "municipality"));
    assertThat(rejected.problems()).extracting(ImportProblem::reason).contains(
        "missing name", "unknown topic id 'astrology'", "coordinates outside Belgium",
        "malformed URL", "malformed email", "duplicate id in the batch",
        "unknown municipality 'Atlantis'", "unknown municipality 'G.nt'");
  }

  @Test
  void rejectsABatchThatIsNotAnArrayOrIsEmpty() {
    assertThatThrownBy(() -> reader.read(JSON.createObjectNode()))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("nothing was imported");
    assertThatThrownBy(() -> reader.read(JSON.createArrayNode()))
        .isInstanceOf(ImportRejectedException.class);
  }

  @Test
  void acceptsOnlyWebUrls() {
    assertThat(ActorRecordReader.isWebUrl("https://www.vdab.be")).isTrue();
    assertThat(ActorRecordReader.isWebUrl("http://antwerpen.lbconderwijs.be/start")).isTrue();
    assertThat(ActorRecordReader.isWebUrl("ftp://example.be")).isFalse();
    assertThat(ActorRecordReader.isWebUrl("www.vdab.be")).isFalse();
    assertThat(ActorRecordReader.isWebUrl("https://nodot")).isFalse();
  }
}
