/**
 * The write side: one fact document per thing that happened (a signature, a comment, a sign-up),
 * written as upserts keyed on the event's natural id, so a duplicate delivery or a replay cannot
 * count anything twice and every number is a pure function of the facts.
 */
package org.plaza.insights.projection;
