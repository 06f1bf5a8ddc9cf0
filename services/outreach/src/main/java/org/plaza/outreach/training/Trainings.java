package org.plaza.outreach.training;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Every training series. */
public interface Trainings extends MongoRepository<TrainingSeries, String> {

    List<TrainingSeries> findByCampaignId(String campaignId);
}
