// name: coauthors
// description: Co-authors of an author with shared-paper counts and first/last year together.
// param name: Author - author name, e.g. Nan Du
MATCH (a:Author {name: $name})-[:AUTHORED]->(p:Paper)<-[:AUTHORED]-(c:Author)
WHERE c <> a
RETURN c.name AS coauthor, count(DISTINCT p) AS shared, min(p.year) AS first_year, max(p.year) AS last_year
ORDER BY shared DESC, coauthor
