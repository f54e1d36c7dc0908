/** The deterministic demo data set: three pilot provinces with schools, classes, pupils and accounts, loaded on first start. */
package vn.mtbbe.demo;
