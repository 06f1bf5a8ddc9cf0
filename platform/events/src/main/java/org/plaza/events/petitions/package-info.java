/**
 * Events the petitions service publishes on {@code plaza.petitions}: petition lifecycle, verified
 * signatures, invalidations, milestones and rate spikes.
 */
package org.plaza.events.petitions;
