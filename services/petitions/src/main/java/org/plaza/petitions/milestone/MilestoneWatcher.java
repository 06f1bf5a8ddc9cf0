package org.plaza.petitions.milestone;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.plaza.petitions.petition.Petition;
import org.plaza.petitions.petition.Petitions;
import org.plaza.petitions.tally.Counts;
import org.plaza.petitions.tally.TallyListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * After counts change, stores every milestone the verified count has reached and that is not stored yet.
 * The insert is the decision: a duplicate key means another instance, or an earlier round, got there first.
 */
@Component
class MilestoneWatcher implements TallyListener {

    private static final Logger log = LoggerFactory.getLogger(MilestoneWatcher.class);

    private final Petitions petitions;
    private final MongoTemplate mongo;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, Set<Integer>> known = new ConcurrentHashMap<>();

    MilestoneWatcher(Petitions petitions, MongoTemplate mongo, MeterRegistry meters, Clock clock) {
        this.petitions = petitions;
        this.mongo = mongo;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public void countsChanged(String petitionId, Counts counts) {
        Set<Integer> reached = known.computeIfAbsent(petitionId, id -> ConcurrentHashMap.newKeySet());
        Petition petition = null;
        for (Integer milestone : milestonesOf(petitionId)) {
            if (milestone > counts.verified() || reached.contains(milestone)) {
                continue;
            }
            if (petition == null) {
                petition = petitions.findById(petitionId).orElse(null);
                if (petition == null) {
                    return;
                }
            }
            int goal = petition.details().signatureGoal() == null ? 0 : petition.details().signatureGoal();
            try {
                mongo.insert(Milestone.reached(petitionId, petition.campaignId(), milestone, goal, counts.verified(),
                        clock.instant()));
                meters.counter("plaza.petitions.milestones.reached").increment();
                log.info("Petition {} reached {} verified signatures", petitionId, milestone);
            } catch (DuplicateKeyException alreadyReached) {
                log.debug("Milestone {} of petition {} was already reached", milestone, petitionId);
            }
            reached.add(milestone);
        }
    }

    private final Map<String, List<Integer>> milestones = new ConcurrentHashMap<>();

    private List<Integer> milestonesOf(String petitionId) {
        return milestones.computeIfAbsent(petitionId, id -> petitions.findById(id)
                .filter(Petition::isPublic)
                .map(petition -> petition.details().effectiveMilestones()).orElse(List.of()));
    }
}
