package org.plaza.comments.packet;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Compiled packets. */
interface Packets extends MongoRepository<Packet, String> {

    List<Packet> findByDriveIdOrderByCompiledAtDesc(String driveId);

    Optional<Packet> findByDeliveriesNotificationRequestId(String notificationRequestId);
}
