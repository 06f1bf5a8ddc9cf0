package org.plaza.petitions.petition;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The petitions. */
public interface Petitions extends MongoRepository<Petition, String> {

    Optional<Petition> findBySlug(String slug);

    List<Petition> findByCampaignIdInOrderByCreatedAtDesc(Collection<String> campaignIds);

    List<Petition> findAllByOrderByCreatedAtDesc();

    List<Petition> findByStatus(PetitionStatus status);

    List<Petition> findByStatusIn(Collection<PetitionStatus> statuses);
}
