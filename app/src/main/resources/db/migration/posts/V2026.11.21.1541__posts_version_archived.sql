-- Which status a version was kept in the evidential archive under (null: not yet kept), so a version is archived
-- once however many times it is submitted.
alter table posts.post_version add column archived_as text;
