package org.plaza.supporters.broadcast;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The approval threshold an administrator set (at most one document). */
interface ApprovalThresholds extends MongoRepository<ApprovalThreshold, String> {
}
