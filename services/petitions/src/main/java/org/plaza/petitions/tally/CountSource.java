package org.plaza.petitions.tally;

/** Counts a petition from its signatures themselves: slow, exact, the truth the shards are checked against. */
public interface CountSource {

    Counts countFromSignatures(String petitionId);
}
