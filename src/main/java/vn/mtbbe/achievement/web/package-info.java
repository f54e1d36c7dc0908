/** The achievement pages: sittings, score entry, results and a pupil's learning profile; instruments. */
package vn.mtbbe.achievement.web;
