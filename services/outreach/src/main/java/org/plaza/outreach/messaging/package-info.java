/** The topics this service reads, each bound to one consumer that hands events to the features. */
package org.plaza.outreach.messaging;
