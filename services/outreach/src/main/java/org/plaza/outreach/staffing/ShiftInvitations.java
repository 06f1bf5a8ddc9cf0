package org.plaza.outreach.staffing;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Invitations sent to fill understaffed shifts. */
interface ShiftInvitations extends MongoRepository<ShiftInvitation, String> {

    long countByShiftId(String shiftId);
}
