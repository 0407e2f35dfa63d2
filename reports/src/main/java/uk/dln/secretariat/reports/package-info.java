/**
 * Word and Excel documents built from model records: the board pack, single documents and trackers. Apache POI is
 * used here and nowhere else, so file formats never leak into the app or the data layer.
 */
package uk.dln.secretariat.reports;
