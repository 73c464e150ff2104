package be.dalil.knowledge;

/** The knowledge base on in-memory stores. */
class KnowledgeBaseTest extends KnowledgeBaseContract {

  @Override
  KnowledgeStorage storage() {
    return KnowledgeStorage.inMemory();
  }
}
