/** The shape PostgreSQL's uuid type accepts: a looser check lets an id through that fails a query or an insert. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
