/** Volunteers: the bilingual sign-up, their profile (languages, skills, availability, age group) and consent. */
package org.plaza.outreach.volunteer;
