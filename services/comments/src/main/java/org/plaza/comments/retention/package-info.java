/** Erases commenters' personal data a configurable time after their drive closes. */
package org.plaza.comments.retention;
