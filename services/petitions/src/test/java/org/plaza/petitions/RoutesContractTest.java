package org.plaza.petitions;

import org.plaza.testsupport.routes.ServedRoutesContract;

/** The service's side of the platform's route table (see {@link ServedRoutesContract}). */
@PetitionsTest
class RoutesContractTest implements ServedRoutesContract {
}
