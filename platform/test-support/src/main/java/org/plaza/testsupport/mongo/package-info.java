/**
 * What a service's MongoDB database holds, for tests that prove something stored nothing: the documents of every
 * collection, counted once they have settled.
 */
package org.plaza.testsupport.mongo;
