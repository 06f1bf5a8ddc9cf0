/**
 * Milestones: each one a petition reaches is stored once as a document whose id is the petition and
 * the milestone, so PetitionMilestoneReached is raised exactly once, across instances and replays.
 */
package org.plaza.petitions.milestone;
