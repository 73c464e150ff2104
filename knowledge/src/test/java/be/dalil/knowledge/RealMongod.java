package be.dalil.knowledge;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MongoDBContainer;

/**
 * A real {@code mongod} (Testcontainers, a one-node replica set) shared by the suites that run
 * against it, and the condition that skips them, saying so, where Docker is not available.
 */
public final class RealMongod implements ExecutionCondition {

  /** The server version the suites are run against. */
  public static final String IMAGE = "mongo:7.0";
  private static MongoDBContainer container;
  private static Boolean docker;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (available()) {
      return ConditionEvaluationResult.enabled("Docker is available: running against " + IMAGE);
    }
    String reason = "SKIPPED " + context.getDisplayName()
        + ": no Docker here, so the real-mongod suite did not run (the same checks ran on the"
        + " embedded server)";
    System.out.println(reason);
    return ConditionEvaluationResult.disabled(reason);
  }

  private static synchronized boolean available() {
    if (docker == null) {
      docker = DockerClientFactory.instance().isDockerAvailable();
    }
    return docker;
  }

  /** A client of the shared server, started on first use and stopped with the JVM. */
  public static synchronized MongoClient client() {
    if (container == null) {
      container = new MongoDBContainer(IMAGE);
      container.start();
    }
    return MongoClients.create(container.getReplicaSetUrl());
  }
}
