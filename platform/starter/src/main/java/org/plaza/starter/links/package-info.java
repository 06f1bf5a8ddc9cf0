/**
 * The shapes of the resident pages one service links to on another: the service that renders a link
 * and the service that answers it both use {@link org.plaza.starter.links.ResidentLinks}.
 */
package org.plaza.starter.links;
