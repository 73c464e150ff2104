package be.dalil.knowledge;

/**
 * One reason a record of an import batch was refused.
 *
 * @param index position of the record in the batch (0-based), -1 for the batch itself
 * @param id the record's id when it has one, else ""
 * @param field the offending field
 * @param reason what is wrong, in English, for the operator
 */
public record ImportProblem(int index, String id, String field, String reason) {}
