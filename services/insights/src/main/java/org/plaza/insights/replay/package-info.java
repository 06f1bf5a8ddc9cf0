/**
 * Rebuilding the projections from the start of the topics: an admin action that closes the gate on
 * live consumers, empties the projections and the processed-event memory, re-reads every domain
 * topic up to the end it had when the replay began, and opens the gate again.
 */
package org.plaza.insights.replay;
