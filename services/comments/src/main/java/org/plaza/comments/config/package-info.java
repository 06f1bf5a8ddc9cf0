/** Service-wide settings and the clock every deadline decision reads. */
package org.plaza.comments.config;
