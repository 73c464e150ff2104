package be.dalil.app;

import be.dalil.knowledge.SearchSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Application settings ({@code dalil.*}); see the README for each one.
 *
 * @param dataDir where the embedded database keeps its file
 * @param mongodbUri a MongoDB connection string; empty starts the embedded server
 * @param database the database name
 * @param conversationTtl how long an idle conversation is kept
 * @param conversationCache memory for conversation state in front of the database
 * @param conversationFlushInterval how often conversation state is written to the database
 * @param conversationMaxPending conversations waiting to be written before replies wait
 * @param knowledgeRefreshInterval how often to check whether another instance changed actors
 * @param actorsPerReply organisations recommended in one reply
 * @param search how far an organisation people visit may be, per region of the user's place
 * @param unanswered how questions Dalil could not answer are kept for the editors
 */
@Validated
@ConfigurationProperties("dalil")
public record DalilProperties(
    @DefaultValue("./data") @NotBlank String dataDir,
    @DefaultValue("") @NotNull String mongodbUri,
    @DefaultValue("dalil") @NotBlank String database,
    @DefaultValue("30d") @NotNull Duration conversationTtl,
    @DefaultValue("64MB") @NotNull DataSize conversationCache,
    @DefaultValue("100ms") @NotNull Duration conversationFlushInterval,
    @DefaultValue("50000") @Min(100) int conversationMaxPending,
    @DefaultValue("5s") @NotNull Duration knowledgeRefreshInterval,
    @DefaultValue("3") @Min(1) @Max(10) int actorsPerReply,
    @DefaultValue @Valid @NotNull Search search,
    @DefaultValue @Valid @NotNull Unanswered unanswered) {

  /** Unanswered questions ({@code dalil.unanswered.*}). */
  public record Unanswered(
      @DefaultValue("30d") @NotNull Duration retention,
      @DefaultValue("5s") @NotNull Duration flushInterval,
      @DefaultValue("10000") @Min(10) int maxPendingGroups) {}

  /** Radii of the nearby search ({@code dalil.search.*}), in kilometres. */
  public record Search(
      @DefaultValue("10") @Positive double brusselsRadiusKm,
      @DefaultValue("25") @Positive double flandersRadiusKm,
      @DefaultValue("25") @Positive double walloniaRadiusKm) {

    SearchSettings settings() {
      return new SearchSettings(brusselsRadiusKm, flandersRadiusKm, walloniaRadiusKm);
    }
  }
}
