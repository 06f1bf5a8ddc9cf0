/** Proof that a service keeps nothing of an erased person: a scan of every stored document for their traces. */
package org.plaza.testsupport.privacy;
