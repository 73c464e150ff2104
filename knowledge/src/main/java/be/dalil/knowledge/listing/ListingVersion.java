package be.dalil.knowledge.listing;

import java.time.Instant;

/**
 * One version of a listing: the whole record as it was published, who published it and when.
 *
 * @param number 1 for the first kept version (the listing as it was before its first edit)
 * @param record JSON in the import format
 * @param editor who published it; {@code "shipped data"} for the version before any edit
 * @param change what happened: {@code before-edit}, {@code approved <proposal>},
 *     {@code reverted to <n>}
 */
public record ListingVersion(String actorId, int number, String record, String editor,
    Instant at, String change) {}
