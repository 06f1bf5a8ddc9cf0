/** The petitions service: bilingual petitions, verified signatures, live counts, milestones and delivery. */
package org.plaza.petitions;
