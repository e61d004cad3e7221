-- A member's stable OIDC subject (sub), beside the username a provider may give to someone else later.
alter table project_member add column subject varchar(255);

-- A project has at most one sponsor (ProjectService keeps it at exactly one once named).
create unique index project_member_one_sponsor on project_member (project_id) where role = 'SPONSOR';
