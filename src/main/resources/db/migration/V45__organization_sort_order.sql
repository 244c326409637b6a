-- An organization's place among its siblings as the county orders them (排序号): when null, township
-- and village-level organizations follow their division code and the others a natural order of their
-- names that reads Chinese numerals as numbers (第二 before 第十一); see docs/organization-tree.md.
alter table party_organization add column sort_order integer;
