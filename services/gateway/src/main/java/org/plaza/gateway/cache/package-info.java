/** A small shared cache in front of the services for public answers they mark {@code Cache-Control: public}. */
package org.plaza.gateway.cache;
