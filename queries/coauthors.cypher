// name: coauthors
// description: Co-authors of an author with shared-paper counts and first/last year together.
// param name: Author - author name, e.g. Nan Du
// note: printed author lists only (AUTHORED edges). kg coauthors NAME also counts a listing's owner on their own papers that do not print them (pairs marked listing) and marks counts from lists cut short ('et al.') as lower bounds (2+); here a cut list adds only the names it prints.
// empty: {name} has no co-author on the papers that print their author list
MATCH (a:Author {name: $name})-[:AUTHORED]->(p:Paper)<-[:AUTHORED]-(c:Author)
WHERE c <> a
RETURN c.name AS coauthor, count(DISTINCT p) AS shared, min(p.year) AS first_year, max(p.year) AS last_year
ORDER BY shared DESC, coauthor
