package org.plaza.identity;

import org.plaza.testsupport.routes.ServedRoutesContract;

/** The service's side of the platform's route table (see {@link ServedRoutesContract}). */
@IdentityTest
class RoutesContractTest implements ServedRoutesContract {
}
