package org.postwatch.training.web;

import org.postwatch.identity.StaffDirectory;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.RecordNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Everyone's own page: the accounts they may post to, why not where they may not, and their courses. */
@Controller
class MyPostingRightsController {

    private final StaffDirectory directory;
    private final TrainingPages pages;

    MyPostingRightsController(StaffDirectory directory, TrainingPages pages) {
        this.directory = directory;
        this.pages = pages;
    }

    @GetMapping("/my/posting-rights")
    String mine(Model model) {
        var me = CurrentUser.get().staffId();
        pages.fill(directory.find(me).orElseThrow(() -> new RecordNotFoundException("Staff", me)), true, model);
        return "training/person";
    }
}
