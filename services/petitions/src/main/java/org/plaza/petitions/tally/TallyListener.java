package org.plaza.petitions.tally;

/** Told about once a second, per petition whose counters this instance changed, with the fresh counts. */
public interface TallyListener {

    void countsChanged(String petitionId, Counts counts);
}
