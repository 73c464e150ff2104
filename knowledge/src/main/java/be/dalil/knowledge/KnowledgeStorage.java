package be.dalil.knowledge;

/** The stores the knowledge base runs on. */
public record KnowledgeStorage(ActorStore actors, AnswerStore answers, SeedLog seeds,
    ImportJournal imports) {

  /** Stores in memory only: for tests and tools. */
  public static KnowledgeStorage inMemory() {
    InMemoryStores stores = new InMemoryStores();
    return new KnowledgeStorage(stores.actors(), stores.answers(), stores.seeds(),
        stores.imports());
  }
}
