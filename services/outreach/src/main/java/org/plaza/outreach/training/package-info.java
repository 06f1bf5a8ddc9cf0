/** Trainings: series of sessions, their completion, and the bilingual certificate a graduate downloads. */
package org.plaza.outreach.training;
