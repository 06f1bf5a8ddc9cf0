package org.plaza.comments;

import org.plaza.testsupport.routes.ServedRoutesContract;

/** The service's side of the platform's route table (see {@link ServedRoutesContract}). */
@CommentsServiceTest
class RoutesContractTest implements ServedRoutesContract {
}
