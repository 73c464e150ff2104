package be.dalil.knowledge;

import java.time.Instant;
import java.util.Optional;

/** Remembers which version of the shipped data files is loaded, so a restart changes nothing. */
public interface SeedLog {

  Optional<String> loadedFingerprint();

  void recordLoaded(String fingerprint, int actors, Instant at);
}
