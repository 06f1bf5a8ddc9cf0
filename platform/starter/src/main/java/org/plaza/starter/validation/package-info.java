/** Rules for what organizers and residents type that every service applies the same way, as Bean Validation constraints. */
package org.plaza.starter.validation;
