//go:build scratch

package scratch

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"sync"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/sqlstore/sqlite"
)

func TestServiceCreate(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, os.Getenv("DB"), tiendo.SystemClock{})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	svc := service.New(st, tiendo.SystemClock{}, tiendo.DefaultRules())
	acc, err := st.FindAccountByLogin(ctx, "admin")
	if err != nil {
		t.Fatal(err)
	}
	actx := tiendo.NewContextWithActor(ctx, &tiendo.Actor{AccountID: acc.ID, Login: "admin", Grants: acc.Grants})
	orgs, _ := st.FindOrgs(ctx, tiendo.OrgFilter{})
	var wg sync.WaitGroup
	n := 3000
	ch := make(chan int, n)
	for i := range n {
		ch <- i
	}
	close(ch)
	start := time.Now()
	var txTime time.Duration
	var mu sync.Mutex
	for c := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(c), 1))
			for range ch {
				in := service.TaskInput{Title: fmt.Sprintf("Kiểm tra vỉa hè %d", rng.IntN(100)), LeadOrgID: orgs[rng.IntN(len(orgs))].ID}
				in.Due = tiendo.Today(tiendo.SystemClock{}).AddDays(30)
				t0 := time.Now()
				if _, err := svc.CreateTasks(actx, in); err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				txTime += time.Since(t0)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	el := time.Since(start)
	t.Logf("%d creates in %v: %.0f/s; mean latency %v", n, el, float64(n)/el.Seconds(), txTime/time.Duration(n))
}
