/** Web settings shared by the service's pages and APIs. */
package org.plaza.petitions.web;
