/** Binds every domain topic to the projections: one-line adapters, behind a gate that a replay can close. */
package org.plaza.insights.projection.messaging;
