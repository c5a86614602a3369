// One entry file: the integration suites share one process, so start-up is paid once.
// FATONG_TEST_DB=pglite (default) or postgres chooses the database.
import './health.suite';
import './division.suite';
import './auth.suite';
import './account.suite';
import './organization.suite';
import './work-order.suite';
import './work-order-sweep.suite';
import './work-order-live.suite';
import './citizen-reveal.suite';
import './hotline.suite';
import './message.suite';
import './routing.suite';
import './legal-domain.suite';
import './legal-aid-eligibility.suite';
import './legal-aid-application.suite';
import './legal-aid-assignment.suite';
import './calendar.suite';
import './knowledge.suite';
import './malformed-requests.suite';
import './test-control.suite';

// The process-level start-up tests exercise the embedded default; once per run is enough.
if (process.env.FATONG_TEST_DB !== 'postgres') await import('./startup.suite');
