/** The administrators' audit page and JSON API. */
package org.plaza.identity.audit.web;
