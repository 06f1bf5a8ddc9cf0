package org.plaza.supporters.transfer;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The {@code imports} collection. */
public interface ImportReports extends MongoRepository<ImportReport, String> {
}
