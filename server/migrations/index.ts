import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_service_desk';
import * as m0003 from './0003_ticket_read_paths';
import * as m0004 from './0004_desk_search_index';
import * as m0005 from './0005_audit_chain_after_commit';
import * as m0006 from './0006_escalation_candidates';
import * as m0007 from './0007_notification_ticket_index';
import * as m0008 from './0008_queue_filters_in_index';
import * as m0009 from './0009_search_buckets';
import * as m0010 from './0010_queue_pages_in_index_order';
import * as m0011 from './0011_queue_by_priority';
import * as m0012 from './0012_ticket_autovacuum';
import * as m0013 from './0013_record_platform';
import * as m0014 from './0014_job_runs';
import * as m0015 from './0015_calendars_and_settings_version';
import * as m0016 from './0016_ticket_approver_pd';
import * as m0018 from './0018_sop_steps';
import * as m0019 from './0019_multi_pemda_administration';
import * as m0021 from './0021_tenant_references';

/** Every migration, in order. A test checks this list against the folder. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_service_desk': m0002,
  '0003_ticket_read_paths': m0003,
  '0004_desk_search_index': m0004,
  '0005_audit_chain_after_commit': m0005,
  '0006_escalation_candidates': m0006,
  '0007_notification_ticket_index': m0007,
  '0008_queue_filters_in_index': m0008,
  '0009_search_buckets': m0009,
  '0010_queue_pages_in_index_order': m0010,
  '0011_queue_by_priority': m0011,
  '0012_ticket_autovacuum': m0012,
  '0013_record_platform': m0013,
  '0014_job_runs': m0014,
  '0015_calendars_and_settings_version': m0015,
  '0016_ticket_approver_pd': m0016,
  '0018_sop_steps': m0018,
  '0019_multi_pemda_administration': m0019,
  '0021_tenant_references': m0021,
};
